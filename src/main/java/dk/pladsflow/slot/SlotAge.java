package dk.pladsflow.slot;

import java.time.Instant;

import dk.pladsflow.placement.Scheme;

/**
 * A slot as the half-yearly follow-up lists it: how long its current period has run.
 *
 * @param id slot id
 * @param title title
 * @param unitName unit name
 * @param scheme scheme
 * @param phase phase
 * @param periodStart T0, or the day it became vacant
 * @param ageDays whole days since then (Copenhagen calendar)
 * @param unused phase 1 or 2, or VACANT: not filled and no agreement being signed
 */
public record SlotAge(long id, String title, String unitName, Scheme scheme, SlotPhase phase, Instant periodStart,
		long ageDays, boolean unused) {

}
