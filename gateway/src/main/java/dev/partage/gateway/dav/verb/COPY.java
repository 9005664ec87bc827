package dev.partage.gateway.dav.verb;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The COPY method (RFC 4918 section 9.8), which JAX-RS does not name itself. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@HttpMethod("COPY")
public @interface COPY {}
