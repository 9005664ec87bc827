package dev.partage.acl.entity;

import dev.partage.contracts.acl.Right;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of rights as one column, "READ,CREATE", in declaration order. */
@Converter
public class RightsColumn implements AttributeConverter<Set<Right>, String> {

  @Override
  public String convertToDatabaseColumn(Set<Right> rights) {
    return rights.stream().sorted().map(Right::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<Right> convertToEntityAttribute(String column) {
    EnumSet<Right> rights = EnumSet.noneOf(Right.class);
    Arrays.stream(column.split(",")).filter(name -> !name.isEmpty()).map(Right::valueOf).forEach(rights::add);
    return Set.copyOf(rights);
  }
}
