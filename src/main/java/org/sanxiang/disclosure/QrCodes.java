package org.sanxiang.disclosure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** QR codes as PNG bytes, drawn from ZXing's bit matrix with the JDK's image writer. */
final class QrCodes {

	private QrCodes() {
	}

	/**
	 * Encodes text (a URL) as a black-on-white PNG of about {@code size} pixels with a
	 * quiet zone, error correction M so a printed certificate still scans when slightly
	 * worn.
	 */
	static byte[] png(String text, int size) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2,
							EncodeHintType.CHARACTER_SET, "UTF-8"));
			BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(),
					BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("无法生成二维码", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
