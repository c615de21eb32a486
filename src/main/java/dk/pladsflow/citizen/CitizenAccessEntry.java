package dk.pladsflow.citizen;

import java.time.LocalDateTime;

/**
 * One line of a citizen's access log.
 *
 * @param at when, in Copenhagen time
 * @param userName who (display name)
 * @param action what
 */
public record CitizenAccessEntry(LocalDateTime at, String userName, CitizenAccess action) {
}
