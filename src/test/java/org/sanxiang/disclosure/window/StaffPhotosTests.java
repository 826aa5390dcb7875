package org.sanxiang.disclosure.window;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffPhotosTests {

	@Test
	void recognisesJpegAndPngByTheirFirstBytesOnly() {
		assertThat(StaffPhotos.typeOf(PlaceholderPhotos.png("O-001"))).contains("image/png");
		assertThat(StaffPhotos.typeOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).contains("image/jpeg");
		assertThat(StaffPhotos.typeOf("GIF89a".getBytes())).isEmpty();
		assertThat(StaffPhotos.typeOf(new byte[] { (byte) 0xFF })).isEmpty();
	}

	@Test
	void refusesEmptyOversizeAndNonImageContent() {
		assertThat(StaffPhotos.refusal(new byte[0])).contains("请选择照片文件");
		assertThat(StaffPhotos.refusal("<svg/>".getBytes())).contains("照片只能是 JPEG 或 PNG 格式的图片");
		byte[] big = new byte[StaffPhotos.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThat(StaffPhotos.refusal(big)).contains("照片不能超过 2 MB");
		assertThat(StaffPhotos.refusal(PlaceholderPhotos.png("O-002"))).isEmpty();
	}

}
