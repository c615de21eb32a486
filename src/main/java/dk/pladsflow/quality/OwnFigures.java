package dk.pladsflow.quality;

import java.time.YearMonth;
import java.util.List;

/**
 * This month's deadline measures of the departments a home page speaks for
 * ({@link QualityService#consultantFigures}, {@link QualityService#employerFigures}).
 *
 * @param month the month, the running one
 * @param departmentCodes the departments added up, or empty for the municipality
 * @param week1 phase-1 instances sent within their deadline
 * @param week2 rounds answered within their deadline
 * @param week3 choices completed as agreements within their deadline
 * @param filledByWeek3 openings filled within 21 days of T0
 * @param targets the target shares
 */
public record OwnFigures(YearMonth month, List<String> departmentCodes, Share week1, Share week2, Share week3,
		Share filledByWeek3, QualitySettings targets) {

	OwnFigures plus(QualityFigures figures) {
		return new OwnFigures(this.month, this.departmentCodes, this.week1.plus(figures.week1()),
				this.week2.plus(figures.week2()), this.week3.plus(figures.week3()),
				this.filledByWeek3.plus(figures.filledByWeek3()), this.targets);
	}

}
