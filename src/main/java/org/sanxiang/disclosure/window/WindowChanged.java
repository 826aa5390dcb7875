package org.sanxiang.disclosure.window;

import java.time.Instant;
import java.util.List;

import org.sanxiang.journal.Journaled;

/**
 * What 管理员 changed on the window boards (岗位信息公示牌), journaled in the change's transaction
 * like every other administrative act: the board is published to the public (事中公示, GS-2),
 * so who showed whom at which window, and when, must be traceable (全过程记录, JL-1).
 */
public sealed interface WindowChanged extends Journaled permits WindowChanged.WindowSaved,
		WindowChanged.WindowStaffAssigned, WindowChanged.WindowStaffRemoved, WindowChanged.WindowStaffPhotoUploaded {

	/** Who made the change. */
	String by();

	@Override
	default String journalActor() {
		return by();
	}

	/** A window was created ({@code created}) or its details edited. */
	record WindowSaved(String windowCode, boolean created, String name, String location, String unitCode, String phone,
			List<String> itemCodes, int sortOrder, String by, Instant at) implements WindowChanged {

		public WindowSaved {
			itemCodes = List.copyOf(itemCodes);
		}

	}

	/** An officer was put on a window's board, or their post or duty changed. */
	record WindowStaffAssigned(String windowCode, String officerId, String post, boolean onDuty, int sortOrder,
			String by, Instant at) implements WindowChanged {
	}

	/** An officer was taken off a window's board. */
	record WindowStaffRemoved(String windowCode, String officerId, String by, Instant at) implements WindowChanged {
	}

	/** An officer's photo on the board was replaced; the photo itself by its hash. */
	record WindowStaffPhotoUploaded(String windowCode, String officerId, String sha256, String mediaType, long size,
			String by, Instant at) implements WindowChanged {
	}

}
