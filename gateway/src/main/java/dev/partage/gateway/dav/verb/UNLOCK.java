package dev.partage.gateway.dav.verb;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The UNLOCK method (RFC 4918 section 9.11), named so that it gets a proper 405: Partage is DAV class 1. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@HttpMethod("UNLOCK")
public @interface UNLOCK {}
