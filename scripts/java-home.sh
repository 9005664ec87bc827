# Sourced by ./partage and .ci/run: points JAVA_HOME at a JDK >= 21 (the project's release).
# Prefers JAVA_HOME, then the java on PATH, then the Temurin JDK these machines carry.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
pick_java_home() {
  local candidate
  for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" /usr/lib/jvm/temurin-25-jdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME=$(pick_java_home); then
  echo "Partage needs a JDK 21 or newer (tried JAVA_HOME, java on PATH, /usr/lib/jvm/temurin-25-jdk-amd64): set JAVA_HOME to one." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
