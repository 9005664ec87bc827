package dev.partage.gateway.dav.verb;

import jakarta.ws.rs.HttpMethod;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The MKCALENDAR method (RFC 4791 section 5.3.1), which JAX-RS does not name itself. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@HttpMethod("MKCALENDAR")
public @interface MKCALENDAR {}
