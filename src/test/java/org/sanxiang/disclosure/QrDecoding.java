package org.sanxiang.disclosure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * Reads a QR code PNG back to its text with ZXing core ({@link RGBLuminanceSource}, so
 * the {@code javase} artifact is not needed).
 */
final class QrDecoding {

	private QrDecoding() {
	}

	static String decode(byte[] png) throws IOException, NotFoundException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

}
