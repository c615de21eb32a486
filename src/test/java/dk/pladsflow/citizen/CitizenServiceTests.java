package dk.pladsflow.citizen;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.pladsflow.shared.web.ConcurrentChangeException;
import dk.pladsflow.shared.web.FieldRejectedException;
import dk.pladsflow.shared.web.ForbiddenException;
import dk.pladsflow.test.IntegrationTest;
import dk.pladsflow.user.CurrentUser;
import dk.pladsflow.user.Role;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class CitizenServiceTests extends CitizenTestSupport {

	@Test
	void searchFindsNameOrCaseReferencePrefixIgnoringCaseSortedByNameInPages() {
		String family = "Zyxfam" + System.nanoTime();
		String ref = CitizenMother.uniqueCaseReference();
		for (String last : List.of("Carl", "Anna", "Bent", "Dorte")) {
			this.citizens.create(CitizenMother.data(family + " " + last, ref + last).build(), this.consultant);
		}
		this.citizens.create(CitizenMother.data("Other " + family, ref + "X").build(), this.consultant);

		Page<CitizenSummary> first = this.citizens.search(family.toUpperCase(), 0, 3, this.consultant);
		assertThat(first.getTotalElements()).isEqualTo(4);
		assertThat(first.getContent()).extracting(CitizenSummary::name)
			.containsExactly(family + " Anna", family + " Bent", family + " Carl");
		assertThat(this.citizens.search(family, 1, 3, this.consultant).getContent()).extracting(CitizenSummary::name)
			.containsExactly(family + " Dorte");
		assertThat(this.citizens.search(ref, 0, 10, this.consultant).getTotalElements()).isEqualTo(5);

		assertThat(this.citizens.search(ref.toLowerCase() + "bent", 0, 10, this.consultant).getContent())
			.extracting(CitizenSummary::name)
			.containsExactly(family + " Bent");
		assertThat(this.citizens.search("nt " + family, 0, 10, this.consultant).getTotalElements()).isZero();
		assertThat(this.citizens.search(family.substring(2), 0, 10, this.consultant).getTotalElements()).isZero();
	}

	@Test
	void searchTreatsWildcardsAsText() {
		assertThat(this.citizens.search("%_%", 0, 10, this.consultant).getTotalElements()).isZero();
	}

	@Test
	void fullRecordShowsTheCprUnmaskedAndLogsAView() {
		String cpr = CitizenMother.uniqueCpr();
		long id = this.citizens.create(
				CitizenMother.data("Mette Hansen", CitizenMother.uniqueCaseReference()).cpr(cpr).build(),
				this.consultant);

		CitizenRecord record = this.citizens.fullRecord(id, this.consultant);

		assertThat(record.cpr()).isEqualTo(cpr);
		assertThat(this.citizens.summary(id).maskedCpr()).isEqualTo(cpr.substring(0, 6) + "-****");
		assertThat(actions(id)).containsExactly("CREATE", "VIEW");
		assertThat(this.jdbc.queryForObject(
				"select user_id from citizen_access_log where citizen_id = ? and action = 'VIEW'", Long.class, id))
			.isEqualTo(this.consultant.id());
		assertThat(this.citizens.recentAccess(id, this.consultant)).extracting(CitizenAccessEntry::action)
			.containsExactly(CitizenAccess.VIEW, CitizenAccess.CREATE);
	}

	@Test
	void updateChangesTheCitizenLogsItAndRefusesAStaleVersion() {
		long id = this.citizens.create(CitizenMother.data("Ole Olsen", CitizenMother.uniqueCaseReference()).build(),
				this.consultant);
		CitizenRecord before = this.citizens.fullRecord(id, this.consultant);
		CitizenData changed = CitizenMother.data("Ole Olsen", before.caseReference()).targetGroup(3).build();

		this.citizens.update(id, before.version(), changed, this.consultant);

		assertThat(this.citizens.summary(id).targetGroup()).isEqualTo(3);
		assertThat(actions(id)).containsExactly("CREATE", "VIEW", "UPDATE");
		assertThatExceptionOfType(ConcurrentChangeException.class)
			.isThrownBy(() -> this.citizens.update(id, before.version(), changed, this.consultant));
	}

	@Test
	void caseReferenceAndCprAreUnique() {
		String ref = CitizenMother.uniqueCaseReference();
		String cpr = CitizenMother.uniqueCpr();
		this.citizens.create(CitizenMother.data("A", ref).cpr(cpr).build(), this.consultant);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.citizens.create(CitizenMother.data("B", ref).build(), this.consultant))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("caseReference"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.citizens
				.create(CitizenMother.data("B", CitizenMother.uniqueCaseReference()).cpr(cpr).build(), this.consultant))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("cpr"));
	}

	/**
	 * A file of more citizens than a statement takes parameters (65,535) is checked: its
	 * case references and CPR numbers are looked up with one array each. One bad row
	 * rejects the file, and it is named.
	 */
	@Test
	void aFileOfMoreCitizensThanAStatementTakesParametersIsCheckedRowByRow() {
		String tag = CitizenMother.uniqueCaseReference();
		int count = 70_000;
		StringBuilder file = new StringBuilder(
				"name;case_reference;cpr;target_group;benefit;job_goal;cv_ready;waiting_since\n");
		for (int i = 0; i < count; i++) {
			// distinct numbers: 28 days x 12 months x 100 years, then the serial
			String cpr = String.format("%02d%02d%02d-%04d", 1 + i % 28, 1 + (i / 28) % 12, (i / 336) % 100,
					9000 + i / 33_600);
			file.append("Borger ").append(i).append(';').append(tag).append('-').append(i).append(';').append(cpr);
			file.append((i == count - 1) ? ";1;ingen ydelse;;ja;2026-01-05\n" : ";1;dagpenge;;ja;2026-01-05\n");
		}

		CitizenImportResult result = this.citizens
			.importCsv(new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.UTF_8)), this.consultant);

		// the bad row's line (the header is line 1); a number another test's citizen
		// happens to hold would be named too
		assertThat(result.created()).isZero();
		assertThat(result.errors()).anySatisfy((e) -> assertThat(e.line()).isEqualTo(count + 1));
		assertThat(this.citizens.search(tag, 0, 1, this.consultant).getTotalElements()).isZero();
	}

	@Test
	void employersManagersAndAdministratorsCannotUseTheRegister() {
		long id = this.citizens.create(CitizenMother.data("Hemmelig", CitizenMother.uniqueCaseReference()).build(),
				this.consultant);
		for (CurrentUser outsider : List.of(newUser(Role.EMPLOYER, true), newUser(Role.MANAGER, true),
				newUser(Role.MANAGER, false), newUser(Role.ADMIN, false))) {
			assertThatExceptionOfType(ForbiddenException.class)
				.isThrownBy(() -> this.citizens.fullRecord(id, outsider));
			assertThatExceptionOfType(ForbiddenException.class)
				.isThrownBy(() -> this.citizens.fullRecord(Long.MAX_VALUE, outsider));
			assertThatExceptionOfType(ForbiddenException.class)
				.isThrownBy(() -> this.citizens.search("", 0, 10, outsider));
			assertThatExceptionOfType(ForbiddenException.class)
				.isThrownBy(() -> this.citizens.create(CitizenMother.data("X", "Y").build(), outsider));
			assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> this.citizens
				.importCsv(new ByteArrayInputStream("x".getBytes(StandardCharsets.UTF_8)), outsider));
		}
		assertThat(actions(id)).containsExactly("CREATE");
	}

	private List<String> actions(long citizenId) {
		return this.jdbc.queryForList("select action from citizen_access_log where citizen_id = ? order by id",
				String.class, citizenId);
	}

}
