package org.sanxiang.disclosure.window;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * A drawn placeholder for a demo officer's photo: a silhouette on a tinted background,
 * never a face. Shapes only, so it needs no font on the server.
 */
final class PlaceholderPhotos {

	static final int WIDTH = 300;

	static final int HEIGHT = 400;

	private PlaceholderPhotos() {
	}

	/** A PNG whose background tint follows {@code seed}, so two officers differ. */
	static byte[] png(String seed) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			float hue = (Math.floorMod(seed.hashCode(), 360)) / 360f;
			g.setColor(Color.getHSBColor(hue, 0.25f, 0.92f));
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setColor(Color.getHSBColor(hue, 0.35f, 0.45f));
			g.fill(new Ellipse2D.Double(WIDTH / 2.0 - 70, 80, 140, 160));
			g.fill(new RoundRectangle2D.Double(40, 260, WIDTH - 80, 200, 120, 120));
		}
		finally {
			g.dispose();
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
