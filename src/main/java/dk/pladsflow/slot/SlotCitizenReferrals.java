package dk.pladsflow.slot;

import java.util.List;

import dk.pladsflow.citizen.CitizenReferrals;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The citizen's referrals for the citizen's page (the register asks through
 * {@link CitizenReferrals}, which it owns): newest first, one query.
 */
@Component
class SlotCitizenReferrals implements CitizenReferrals {

	private final JdbcClient jdbc;

	SlotCitizenReferrals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Line> of(long citizenId, int limit) {
		return this.jdbc.sql("""
				select s.id, s.title, d.code, u.name, r.referred_at, r.state, r.reason
				from referral r
				join slot s on s.id = r.slot_id
				join department d on d.id = s.department_id
				join unit u on u.id = s.unit_id
				where r.citizen_id = :citizen
				order by r.referred_at desc, r.id desc
				limit :limit
				""")
			.param("citizen", citizenId)
			.param("limit", limit)
			.query((rs, n) -> new Line(rs.getLong("id"), rs.getString("title"),
					rs.getString("code") + " · " + rs.getString("name"), rs.getTimestamp("referred_at").toInstant(),
					rs.getString("state"), rs.getString("reason")))
			.list();
	}

}
