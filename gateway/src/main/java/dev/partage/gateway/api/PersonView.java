package dev.partage.gateway.api;

import dev.partage.contracts.acl.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone the caller may share with, as the share dialog completes them. */
@Schema(name = "Person")
public record PersonView(
    @Schema(examples = "alexandre.bernard@namebay.example") String address,
    @Schema(examples = "Alexandre Bernard") String displayName) {

  static PersonView of(Person person) {
    return new PersonView(person.address(), person.displayName());
  }
}
