package org.sanxiang.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

/**
 * QR codes of verification addresses (a certificate's, a document's), with ZXing: as a
 * PNG for web pages, or as the bare modules for a document that draws them as vector
 * squares. Error correction M, so a printed code still scans when slightly worn.
 */
public final class QrCodes {

	private static final Map<EncodeHintType, Object> HINTS = Map.of(EncodeHintType.ERROR_CORRECTION,
			ErrorCorrectionLevel.M, EncodeHintType.CHARACTER_SET, "UTF-8");

	private QrCodes() {
	}

	/**
	 * Encodes text (a URL) as a black-on-white PNG of about {@code size} pixels with a
	 * quiet zone of two modules.
	 */
	public static byte[] png(String text, int size) {
		try {
			Map<EncodeHintType, Object> hints = new HashMap<>(HINTS);
			hints.put(EncodeHintType.MARGIN, 2);
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
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

	/**
	 * The modules of the code for text (a URL), without the quiet zone:
	 * {@code modules[y][x]} is true for a dark module. The caller leaves a light margin
	 * of at least four modules around it.
	 */
	public static boolean[][] modules(String text) {
		try {
			ByteMatrix matrix = Encoder.encode(text, ErrorCorrectionLevel.M, HINTS).getMatrix();
			boolean[][] modules = new boolean[matrix.getHeight()][matrix.getWidth()];
			for (int y = 0; y < matrix.getHeight(); y++) {
				for (int x = 0; x < matrix.getWidth(); x++) {
					modules[y][x] = matrix.get(x, y) == 1;
				}
			}
			return modules;
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("无法生成二维码", ex);
		}
	}

}
