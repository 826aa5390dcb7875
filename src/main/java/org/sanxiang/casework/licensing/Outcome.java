package org.sanxiang.casework.licensing;

import org.sanxiang.casework.CaseEvent;

/**
 * What a transition returns: the case moved (with its event), or the transition was
 * refused.
 */
public sealed interface Outcome permits Outcome.Moved, TransitionRefused {

	/** The case after the transition and the event that records it. */
	record Moved(LicensingCase next, CaseEvent event) implements Outcome {
	}

	/** The move; asking for it on a refusal is a bug in the caller. */
	default Moved moved() {
		if (this instanceof Moved m) {
			return m;
		}
		throw new IllegalStateException("transition was refused: " + ((TransitionRefused) this).message());
	}

	/** The refusal; asking for it on a move is a bug in the caller. */
	default TransitionRefused refused() {
		if (this instanceof TransitionRefused r) {
			return r;
		}
		throw new IllegalStateException("transition was not refused");
	}

}
