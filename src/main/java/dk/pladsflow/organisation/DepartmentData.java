package dk.pladsflow.organisation;

/**
 * What an administrator sets on a department.
 *
 * @param code short unique code, e.g. {@code BUF}
 * @param name full name
 * @param oneCvMode whether each referral round holds exactly one citizen
 * @param contactConsultantId the user id of the department's fixed contact consultant
 */
public record DepartmentData(String code, String name, boolean oneCvMode, Long contactConsultantId) {
}
