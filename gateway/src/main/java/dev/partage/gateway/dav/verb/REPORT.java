package dev.partage.gateway.dav.verb;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The REPORT method (RFC 3253 section 3.6), which JAX-RS does not name itself. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@HttpMethod("REPORT")
public @interface REPORT {}
