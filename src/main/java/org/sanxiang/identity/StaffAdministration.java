package org.sanxiang.identity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.NotFound;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing staff accounts. Each command checks all its input first, then
 * writes the account and its access record in one transaction, so a rejected command
 * leaves nothing behind.
 */
@Service
class StaffAdministration {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{1,31}");

	static final int MIN_PASSWORD = 8;

	/**
	 * BCrypt looks at the first 72 bytes only; a longer password would be silently cut.
	 */
	static final int MAX_PASSWORD_BYTES = 72;

	/** A new account as typed on the form. */
	record NewStaff(String username, String displayName, String unitCode, Set<Role> roles, String password) {
	}

	/** The changeable details of an account. */
	record StaffChanges(String displayName, String unitCode, Set<Role> roles, boolean enabled) {
	}

	private final StaffAccounts accounts;

	private final AccessLog accessLog;

	private final PasswordEncoder passwords;

	private final Units units;

	private final Clock clock;

	StaffAdministration(StaffAccounts accounts, AccessLog accessLog, PasswordEncoder passwords, Units units,
			Clock clock) {
		this.accounts = accounts;
		this.accessLog = accessLog;
		this.passwords = passwords;
		this.units = units;
		this.clock = clock;
	}

	@Transactional
	void create(NewStaff staff, String by) {
		List<InputRejected.FieldError> errors = new ArrayList<>();
		String username = staff.username() == null ? "" : staff.username().strip();
		if (username.isEmpty()) {
			errors.add(new InputRejected.FieldError("username", "请填写用户名"));
		}
		else if (!USERNAME.matcher(username).matches()) {
			errors.add(new InputRejected.FieldError("username", "用户名须以英文字母开头，由 2–32 位英文字母、数字、点、下划线或连字符组成"));
		}
		checkDetails(staff.displayName(), staff.unitCode(), null, staff.roles(), errors);
		checkPassword(staff.password(), username, "password", errors);
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		if (this.accounts.find(username).isPresent()) {
			throw InputRejected.conflict("username", "用户名已存在（不区分大小写）");
		}
		insert(new NewStaff(username, staff.displayName().strip(), staff.unitCode(), staff.roles(), staff.password()),
				by);
	}

	/**
	 * Accounts created at start-up (demo users, the first administrator): input is known
	 * to be good.
	 */
	@Transactional
	boolean createIfAbsent(NewStaff staff) {
		if (this.accounts.find(staff.username()).isPresent()) {
			return false;
		}
		insert(staff, "system");
		return true;
	}

	private void insert(NewStaff staff, String by) {
		Instant now = this.clock.instant();
		try {
			this.accounts.insert(staff.username(), staff.displayName(), this.passwords.encode(staff.password()),
					staff.unitCode(), staff.roles(), now);
		}
		catch (DuplicateKeyException ex) {
			throw InputRejected.conflict("username", "用户名已存在（不区分大小写）");
		}
		this.accessLog
			.record(new StaffCreated(staff.username(), staff.displayName(), staff.unitCode(), staff.roles(), by, now));
	}

	@Transactional
	void change(String username, StaffChanges changes, String by) {
		StaffAccount account = existing(username);
		List<InputRejected.FieldError> errors = new ArrayList<>();
		checkDetails(changes.displayName(), changes.unitCode(), account.unitCode(), changes.roles(), errors);
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		boolean staysAdmin = changes.enabled() && changes.roles().contains(Role.ADMIN);
		if (!staysAdmin && account.enabled() && account.roles().contains(Role.ADMIN)
				&& this.accounts.countEnabledAdminsOtherThan(account.username()) == 0) {
			// Without an enabled administrator nobody could manage accounts any more.
			throw InputRejected.unprocessable(changes.enabled() ? "roles" : "enabled", "这是最后一个启用的管理员账户，不能移除其管理员角色或停用");
		}
		Instant now = this.clock.instant();
		String displayName = changes.displayName().strip();
		this.accounts.updateDetails(account.id(), displayName, changes.unitCode(), changes.enabled(), now);
		if (!displayName.equals(account.displayName())) {
			this.accessLog.record(new StaffRenamed(account.username(), account.displayName(), displayName, by, now));
		}
		if (!changes.unitCode().equals(account.unitCode())) {
			this.accessLog
				.record(new StaffUnitChanged(account.username(), account.unitCode(), changes.unitCode(), by, now));
		}
		if (!changes.roles().equals(account.roles())) {
			this.accounts.replaceRoles(account.id(), changes.roles());
			this.accessLog.record(new StaffRolesChanged(account.username(), account.roles(), changes.roles(), by, now));
		}
		if (changes.enabled() != account.enabled()) {
			this.accessLog.record(changes.enabled() ? new StaffEnabled(account.username(), by, now)
					: new StaffDisabled(account.username(), by, now));
		}
	}

	@Transactional
	void resetPassword(String username, String password, String by) {
		StaffAccount account = existing(username);
		List<InputRejected.FieldError> errors = new ArrayList<>();
		checkPassword(password, account.username(), "newPassword", errors);
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		Instant now = this.clock.instant();
		this.accounts.updatePassword(account.id(), this.passwords.encode(password), now);
		this.accessLog.record(new StaffPasswordReset(account.username(), by, now));
	}

	/**
	 * The signed-in user changes their own password: the current one must be right, so a
	 * session left open on a window PC cannot be used to take the account over.
	 */
	@Transactional
	void changeOwnPassword(String username, String currentPassword, String newPassword, String confirmation) {
		StaffAccount account = existing(username);
		List<InputRejected.FieldError> errors = new ArrayList<>();
		checkPassword(newPassword, account.username(), "newPassword", errors);
		if (newPassword != null && !newPassword.equals(confirmation)) {
			errors.add(new InputRejected.FieldError("confirmation", "两次输入的新密码不一致"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.INVALID, errors);
		}
		if (currentPassword == null || !this.passwords.matches(currentPassword, account.passwordHash())) {
			throw InputRejected.unprocessable("currentPassword", "当前密码不正确");
		}
		if (this.passwords.matches(newPassword, account.passwordHash())) {
			throw InputRejected.unprocessable("newPassword", "新密码不能与当前密码相同");
		}
		Instant now = this.clock.instant();
		this.accounts.updatePassword(account.id(), this.passwords.encode(newPassword), now);
		this.accessLog.record(new StaffPasswordChanged(account.username(), now));
	}

	@Transactional
	void unlock(String username, String by) {
		StaffAccount account = existing(username);
		this.accounts.updateLockout(account.id(), LockoutPolicy.State.CLEAR);
		this.accessLog.record(new StaffUnlocked(account.username(), by, this.clock.instant()));
	}

	private StaffAccount existing(String username) {
		return this.accounts.find(username).orElseThrow(() -> new NotFound("没有用户 " + username));
	}

	/**
	 * {@code currentUnit}: an account may keep its unit even if the directory no longer
	 * lists it.
	 */
	private void checkDetails(String displayName, String unitCode, String currentUnit, Set<Role> roles,
			List<InputRejected.FieldError> errors) {
		String name = displayName == null ? "" : displayName.strip();
		if (name.isEmpty()) {
			errors.add(new InputRejected.FieldError("displayName", "请填写姓名"));
		}
		else if (name.length() > 50) {
			errors.add(new InputRejected.FieldError("displayName", "姓名不能超过 50 个字"));
		}
		else if (name.chars().anyMatch(Character::isISOControl)) {
			errors.add(new InputRejected.FieldError("displayName", "姓名不能包含控制字符"));
		}
		if (unitCode == null || unitCode.isBlank()) {
			errors.add(new InputRejected.FieldError("unitCode", "请选择所属单位"));
		}
		else if (!unitCode.equals(currentUnit) && !this.units.names().containsKey(unitCode)) {
			errors.add(new InputRejected.FieldError("unitCode", "没有这个单位：" + unitCode));
		}
		if (roles == null || roles.isEmpty()) {
			errors.add(new InputRejected.FieldError("roles", "请至少选择一个角色"));
		}
	}

	private static void checkPassword(String password, String username, String field,
			List<InputRejected.FieldError> errors) {
		if (password == null || password.length() < MIN_PASSWORD) {
			errors.add(new InputRejected.FieldError(field, "密码至少 " + MIN_PASSWORD + " 位"));
		}
		else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			errors.add(new InputRejected.FieldError(field, "密码不能超过 " + MAX_PASSWORD_BYTES + " 字节（约 72 个英文字符）"));
		}
		else if (password.equalsIgnoreCase(username)) {
			errors.add(new InputRejected.FieldError(field, "密码不能与用户名相同"));
		}
	}

	static Set<Role> roles(List<String> names, List<InputRejected.FieldError> errors) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (names == null) {
			return roles;
		}
		for (String name : names) {
			Role role = Role.parse(name);
			if (role == null) {
				errors.add(new InputRejected.FieldError("roles", "未知角色：" + name));
			}
			else {
				roles.add(role);
			}
		}
		return roles;
	}

}
