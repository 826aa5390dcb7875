package org.sanxiang.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in free text that goes public (RULES.md GS-5): what must be masked, and
 * whether a text still looks like it holds some. Pure and fast; no Spring.
 * <p>
 * {@link #mask} masks natural persons' ID numbers (18 characters, GB 11643, ID-2; and the
 * old 15-digit ones), mobile numbers, landlines with an area code (unless introduced as
 * an office line: 监督电话, 咨询电话, 投诉电话, 办公电话, 服务电话), bank card numbers (16–19 digits passing
 * the Luhn check), e-mail addresses (the local part), and the given names of natural
 * persons named by role (联系人, 经办人, 代理人, …) other than the party. It keeps what is public
 * by rule: 统一社会信用代码 (18 characters with letters, or digits failing the ID-2 date — ID-1),
 * document numbers (WS-1) and 法定代表人 (a 双公示 field, GS-7).
 * <p>
 * {@link #findings} answers what a scan of public pages flags: an 18-character ID number,
 * a mobile number or a bank card number (issue 8, item 2).
 */
public final class PersonalData {

	/** What a finding is. */
	public enum Kind {

		ID_NUMBER("身份证号码"), MOBILE("手机号码"), BANK_CARD("银行卡号"), LANDLINE("固定电话"), EMAIL("电子邮箱"), NAME("姓名");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** One piece of personal data found in a text, with where it starts. */
	public record Finding(Kind kind, String text, int start) {
	}

	/** Digits or latin letters: what must not touch a number for it to stand alone. */
	private static final String B = "(?<![0-9A-Za-z])";

	private static final String E = "(?![0-9A-Za-z])";

	private static final Pattern ID18 = Pattern.compile(B + "(\\d{17}[\\dXx])" + E);

	private static final Pattern ID15 = Pattern.compile(B + "(\\d{15})" + E);

	private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])(?:\\+?86[- ]?)?(1[3-9]\\d{9})" + E);

	/**
	 * 16–19 digits, written together or in groups of four separated by a space or dash.
	 */
	private static final Pattern CARD = Pattern
		.compile(B + "(\\d{16,19}|\\d{4}(?:[ -]\\d{4}){3}(?:[ -]\\d{1,3})?)" + E);

	private static final Pattern LANDLINE = Pattern.compile(B + "(0\\d{2,3})[-－ ]?(\\d{7,8})(?:-\\d{1,6})?" + E);

	private static final Pattern EMAIL = Pattern
		.compile("([A-Za-z0-9._%+-]+)@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

	/** Roles after which a natural person is named in a decision's text. */
	private static final Pattern NAMED = Pattern.compile(
			"(联系人|经办人|委托代理人|代理人|受托人|证人|利害关系人|申报人|户主|监护人|配偶|举报人|投诉人|当事人|签收人|受送达人)(?:姓名)?[：:\\s为是]*(?!电话|手机|地址|邮箱|邮编|身份|证件|签名|签字|信息|单位|名称|情况|意见)(\\p{IsHan})(\\p{IsHan}{1,3})");

	/** Words that make a landline an office's, which is public. */
	private static final List<String> OFFICE_LINES = List.of("监督电话", "咨询电话", "投诉电话", "办公电话", "服务电话", "举报电话",
			"联系电话（办公）");

	private static final int[] ID_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String ID_CHECK = "10X98765432";

	private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private PersonalData() {
	}

	/** {@link #mask(String, Collection)} with no party name to keep. */
	public static String mask(String text) {
		return mask(text, Set.of());
	}

	/**
	 * The text with its personal data masked (GS-5); {@code null} stays {@code null}.
	 * @param keepNames names that stay as written: the party of the decision is public by
	 * rule (行政相对人名称, GS-7)
	 */
	public static String mask(String text, Collection<String> keepNames) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String masked = replace(text, ID18, m -> idNumber18(m.group(1)) ? maskMiddle(m.group(1), 3, 2) : m.group());
		masked = replace(masked, CARD,
				m -> bankCard(m.group(1)) && !creditCode(m.group(1)) ? maskDigits(m.group(1), 4, 4) : m.group());
		masked = replace(masked, ID15, m -> idNumber15(m.group(1)) ? maskMiddle(m.group(1), 3, 2) : m.group());
		masked = replace(masked, MOBILE, m -> m.group().substring(0, m.start(1) - m.start())
				+ m.group(1).substring(0, 3) + "****" + m.group(1).substring(7));
		String withLandlines = masked;
		masked = replace(masked, LANDLINE, m -> officeLine(withLandlines, m.start()) ? m.group()
				: m.group(1) + "-" + "*".repeat(m.group(2).length()));
		masked = replace(masked, EMAIL, m -> m.group(1).charAt(0) + "***@" + m.group(2));
		masked = replace(masked, NAMED, m -> {
			String name = m.group(2) + m.group(3);
			if (keepNames != null && keepNames.stream().anyMatch(k -> k != null && k.contains(name))) {
				return m.group();
			}
			return m.group().substring(0, m.group().length() - m.group(3).length()) + "*".repeat(m.group(3).length());
		});
		return masked;
	}

	/** Whether the text holds an ID number, a mobile number or a bank card number. */
	public static boolean looksPersonal(String text) {
		return !findings(text).isEmpty();
	}

	/**
	 * What a scan of public output flags: 18-character ID numbers (a real birth date; not
	 * a valid 统一社会信用代码 unless also a valid ID number), mobile numbers, bank card numbers
	 * passing the Luhn check.
	 */
	public static List<Finding> findings(String text) {
		List<Finding> found = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return found;
		}
		Matcher id = ID18.matcher(text);
		while (id.find()) {
			if (idNumber18(id.group(1))) {
				found.add(new Finding(Kind.ID_NUMBER, id.group(1), id.start(1)));
			}
		}
		Matcher mobile = MOBILE.matcher(text);
		while (mobile.find()) {
			found.add(new Finding(Kind.MOBILE, mobile.group(1), mobile.start(1)));
		}
		Matcher card = CARD.matcher(text);
		while (card.find()) {
			if (bankCard(card.group(1)) && !idNumber18(card.group(1)) && !creditCode(card.group(1))) {
				found.add(new Finding(Kind.BANK_CARD, card.group(1), card.start(1)));
			}
		}
		return found;
	}

	/**
	 * Whether 18 characters are a natural person's ID number as far as text can tell
	 * (ID-2): a real birth date, and either the check character fits or the characters
	 * are not a valid 统一社会信用代码 either (a mistyped ID number is still one).
	 */
	static boolean idNumber18(String s) {
		if (s.length() != 18 || !birthDate(s.substring(6, 14))) {
			return false;
		}
		return idCheckFits(s) || !creditCode(s.toUpperCase());
	}

	static boolean idCheckFits(String s) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (s.charAt(i) - '0') * ID_WEIGHTS[i];
		}
		return Character.toUpperCase(s.charAt(17)) == ID_CHECK.charAt(sum % 11);
	}

	/** ID-1: the GB 32100 check of a 统一社会信用代码. */
	static boolean creditCode(String s) {
		if (s.length() != 18) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int v = CREDIT_CHARS.indexOf(s.charAt(i));
			if (v < 0) {
				return false;
			}
			sum += v * CREDIT_WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return s.charAt(17) == CREDIT_CHARS.charAt(check);
	}

	/** An old 15-digit ID number: area, a real YYMMDD birth date (19YY), sequence. */
	static boolean idNumber15(String s) {
		return s.length() == 15 && birthDate("19" + s.substring(6, 12));
	}

	private static boolean birthDate(String yyyymmdd) {
		try {
			int year = Integer.parseInt(yyyymmdd.substring(0, 4));
			if (year < 1900 || year > 2099) {
				return false;
			}
			LocalDate.of(year, Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
			return true;
		}
		catch (DateTimeException | NumberFormatException ex) {
			return false;
		}
	}

	/** 16–19 digits (separators aside) passing the Luhn check. */
	static boolean bankCard(String s) {
		String digits = s.replaceAll("[ -]", "");
		if (digits.length() < 16 || digits.length() > 19) {
			return false;
		}
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

	private static boolean officeLine(String text, int at) {
		String before = text.substring(Math.max(0, at - 12), at);
		return OFFICE_LINES.stream().anyMatch(before::contains);
	}

	private static String maskMiddle(String s, int head, int tail) {
		return s.substring(0, head) + "*".repeat(s.length() - head - tail) + s.substring(s.length() - tail);
	}

	/** Masks the digits between the first {@code head} and the last {@code tail}. */
	private static String maskDigits(String s, int head, int tail) {
		int total = (int) s.chars().filter(Character::isDigit).count();
		StringBuilder out = new StringBuilder();
		int seen = 0;
		for (char c : s.toCharArray()) {
			if (Character.isDigit(c)) {
				seen++;
				out.append(seen <= head || seen > total - tail ? c : '*');
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	private interface Replacement {

		String apply(Matcher m);

	}

	private static String replace(String text, Pattern pattern, Replacement replacement) {
		Matcher m = pattern.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
		}
		m.appendTail(out);
		return out.toString();
	}

}
