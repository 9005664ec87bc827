package dev.partage.stack;

/** A part of the local stack could not start; the message tells the person what to do next. */
public class StackException extends RuntimeException {

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
