package org.sanxiang.casework.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Material;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.InputRejected;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks the materials handed in for a case and keeps their files in the
 * {@link BlobStore}: each must be a material of the item's list (行政许可法 第三十条), a file must
 * be PDF, JPEG, PNG or OFD (GB/T 33190) by its content — its first bytes, not its name —
 * and no larger than {@code sanxiang.materials.max-file-size}. Everything is checked
 * before the first file is written, so a refused submission writes nothing.
 */
@Component
class MaterialFiles {

	/** The file types accepted, by the magic bytes of their content. */
	enum FileType {

		PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png"),
		OFD("application/ofd", "ofd");

		private final String contentType;

		private final List<String> extensions;

		FileType(String contentType, String... extensions) {
			this.contentType = contentType;
			this.extensions = List.of(extensions);
		}

		String contentType() {
			return this.contentType;
		}

		static boolean allowed(String contentType) {
			return Arrays.stream(values()).anyMatch(t -> t.contentType.equals(contentType));
		}

	}

	/** A submission that passed the checks, with its file kept (none for paper). */
	record Kept(String materialName, boolean paper, String fileName, FileType type, BlobStore.Blob blob) {
	}

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/**
	 * An OFD package names its entry document OFD.xml at the root (GB/T 33190-2016 7.2).
	 */
	private static final String OFD_ENTRY = "OFD.xml";

	private static final int MAX_NAME_LENGTH = 120;

	/**
	 * Looking for OFD.xml inflates every entry before it (a zip stream skips an entry by
	 * reading it): a zip bomb of a few hundred KB would inflate to gigabytes. The search
	 * stops, and the file is refused, past this many inflated bytes or entries.
	 */
	static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

	static final int MAX_ZIP_ENTRIES = 10_000;

	private static final Set<Integer> DROPPED_TYPES = Set.of((int) Character.CONTROL, (int) Character.FORMAT,
			(int) Character.SURROGATE, (int) Character.PRIVATE_USE, (int) Character.UNASSIGNED,
			(int) Character.LINE_SEPARATOR, (int) Character.PARAGRAPH_SEPARATOR);

	private final BlobStore store;

	private final DataSize maxFileSize;

	MaterialFiles(BlobStore store, @Value("${sanxiang.materials.max-file-size:20MB}") DataSize maxFileSize) {
		this.store = store;
		this.maxFileSize = maxFileSize;
	}

	DataSize maxFileSize() {
		return this.maxFileSize;
	}

	/** The Chinese sentence for a file over the limit, on forms and in problems alike. */
	String tooLargeMessage() {
		return tooLargeMessage(this.maxFileSize);
	}

	static String tooLargeMessage(DataSize maxFileSize) {
		return "上传的文件过大：每个文件不得超过 " + ReceivedMaterial.sizeText(maxFileSize.toBytes()) + "，请压缩或拆分后重新上传。本次提交未保存任何内容";
	}

	/**
	 * A file uploaded for {@code materialName} (multipart keeps it on disk, re-readable).
	 */
	static MaterialSubmission upload(String materialName, MultipartFile file) {
		return new MaterialSubmission(materialName, false, file.getOriginalFilename(), file.getSize(),
				file::getInputStream);
	}

	/**
	 * Checks every submission against {@code item}'s list, then keeps the files; nothing
	 * is written when any is refused.
	 */
	List<Kept> keep(Item item, List<MaterialSubmission> submissions) {
		List<Checked> checked = submissions.stream().map(s -> check(item, s)).toList();
		List<Kept> kept = new ArrayList<>();
		for (Checked c : checked) {
			MaterialSubmission s = c.submission();
			if (s.paper()) {
				kept.add(new Kept(c.materialName(), true, null, null, null));
				continue;
			}
			try (InputStream in = s.content().open()) {
				kept.add(new Kept(c.materialName(), false, safeFileName(s.fileName(), c.type()), c.type(),
						this.store.put(in)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("could not keep the file of material " + c.materialName(), ex);
			}
		}
		return kept;
	}

	private record Checked(MaterialSubmission submission, String materialName, FileType type) {
	}

	private Checked check(Item item, MaterialSubmission s) {
		String name = s.materialName() == null ? "" : s.materialName().strip();
		if (item.materials().stream().map(Material::name).noneMatch(name::equals)) {
			throw InputRejected.unprocessable("materialName", "“" + name + "”不在事项“" + item.name() + "”的申请材料清单中；清单为："
					+ item.materials().stream().map(Material::name).collect(Collectors.joining("、")));
		}
		if (s.paper()) {
			return new Checked(s, name, null);
		}
		if (s.size() <= 0) {
			throw InputRejected.invalid("file", "“" + name + "”的文件是空的，请重新选择文件");
		}
		if (s.size() > this.maxFileSize.toBytes()) {
			throw new MaterialRejected(MaterialRejected.TOO_LARGE, "file", tooLargeMessage());
		}
		FileType type = type(s);
		if (type == null) {
			throw new MaterialRejected(MaterialRejected.UNSUPPORTED_TYPE, "file",
					"“" + name + "”的文件格式不受支持：只接收 PDF、JPEG、PNG 或 OFD 文件（按文件内容识别，改扩展名无效）");
		}
		return new Checked(s, name, type);
	}

	/** The type by the content's first bytes; a ZIP is OFD only if it holds OFD.xml. */
	static FileType type(MaterialSubmission s) {
		byte[] head;
		try (InputStream in = s.content().open()) {
			head = in.readNBytes(8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (startsWith(head, PDF_MAGIC)) {
			return FileType.PDF;
		}
		if (startsWith(head, PNG_MAGIC)) {
			return FileType.PNG;
		}
		if (startsWith(head, JPEG_MAGIC)) {
			return FileType.JPEG;
		}
		if (startsWith(head, ZIP_MAGIC) && holdsOfdEntry(s)) {
			return FileType.OFD;
		}
		return null;
	}

	private static boolean holdsOfdEntry(MaterialSubmission s) {
		try (ZipInputStream zip = new BoundedZipInputStream(s.content().open())) {
			int entries = 0;
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equalsIgnoreCase(OFD_ENTRY)) {
					return true;
				}
				if (++entries >= MAX_ZIP_ENTRIES) {
					return false;
				}
			}
			return false;
		}
		catch (ZipException | IllegalArgumentException ex) {
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}

	/**
	 * The applicant's file name made safe to keep and to offer for download: the last
	 * path segment only, NFC, without control, format (bidirectional overrides, zero
	 * width) or unassigned characters nor characters file systems reserve, at most 120
	 * characters, ending in an extension of the detected type.
	 */
	static String safeFileName(String original, FileType type) {
		String name = original == null ? "" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = Normalizer.normalize(name, Normalizer.Form.NFC);
		StringBuilder safe = new StringBuilder();
		name.codePoints().forEach(cp -> {
			if (DROPPED_TYPES.contains(Character.getType(cp))) {
				return;
			}
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				safe.append(' ');
			}
			else if ("<>:\"|?*".indexOf(cp) >= 0) {
				safe.append('_');
			}
			else {
				safe.appendCodePoint(cp);
			}
		});
		String cleaned = safe.toString().replaceAll(" {2,}", " ").strip().replaceAll("^[.\\s]+", "");
		String extension = type.extensions.get(0);
		int dot = cleaned.lastIndexOf('.');
		String given = dot < 0 ? "" : cleaned.substring(dot + 1).toLowerCase(Locale.ROOT);
		String stem = type.extensions.contains(given) ? cleaned.substring(0, dot) : cleaned;
		if (type.extensions.contains(given)) {
			extension = given;
		}
		stem = stem.strip();
		if (stem.isEmpty()) {
			stem = "申请材料";
		}
		int max = MAX_NAME_LENGTH - extension.length() - 1;
		if (stem.codePointCount(0, stem.length()) > max) {
			stem = stem.substring(0, stem.offsetByCodePoints(0, max)).strip();
		}
		return stem + "." + extension;
	}

	/**
	 * A zip stream that counts the bytes it inflates, skipped entries included, and ends
	 * with a {@link ZipException} past {@link #MAX_INFLATED_BYTES}.
	 */
	static final class BoundedZipInputStream extends ZipInputStream {

		private long inflated;

		BoundedZipInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				this.inflated += n;
				if (this.inflated > MAX_INFLATED_BYTES) {
					throw new ZipException("inflates to more than " + MAX_INFLATED_BYTES + " bytes");
				}
			}
			return n;
		}

	}

}
