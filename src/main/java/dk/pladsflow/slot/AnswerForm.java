package dk.pladsflow.slot;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * The employer's answer to a round: the chosen citizen (none to decline all) and a reason
 * for every declined one. A JavaBean because it binds a map ({@code reasons[42]=...}).
 */
public class AnswerForm {

	private Long chosen;

	private Map<Long, @Size(max = SubsidySlot.MAX_REASON) String> reasons = new HashMap<>();

	private long version;

	public Long getChosen() {
		return this.chosen;
	}

	public void setChosen(Long chosen) {
		this.chosen = chosen;
	}

	public Map<Long, String> getReasons() {
		return this.reasons;
	}

	public void setReasons(Map<Long, String> reasons) {
		this.reasons = reasons;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
