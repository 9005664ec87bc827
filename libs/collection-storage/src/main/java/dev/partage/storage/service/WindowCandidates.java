package dev.partage.storage.service;

import dev.partage.contracts.collection.ObjectData;
import java.util.List;

/**
 * What storage found for an {@link InstanceQuery}.
 *
 * @param matching objects whose instance rows overlap the window: matches, without parsing
 * @param undecided objects whose rows cannot tell (floating times, a series listed only up to a
 *     horizon that the window passes): the exact matcher decides them
 */
public record WindowCandidates(List<ObjectData> matching, List<ObjectData> undecided) {}
