package org.sanxiang.disclosure.window;

/**
 * An officer assigned to a window.
 *
 * @param officerId catalog officer id
 * @param post the post shown on the board, e.g. 首席窗口代表
 * @param onDuty whether the officer is on duty (在岗) and shown on the board
 * @param photoKey blob store key of the photo, or null
 * @param photoType image/jpeg or image/png, with the key
 */
record WindowStaff(String windowCode, String officerId, String post, boolean onDuty, int sortOrder, String photoKey,
		String photoType) {

	public boolean hasPhoto() {
		return this.photoKey != null;
	}

}
