package org.sanxiang.disclosure.window;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.platform.BlobStore;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * 管理员 keep the windows: each command checks all its input first and refuses it with
 * Chinese messages (422) before anything is written, and runs in one transaction.
 */
@Service
class WindowAdministration {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,39}");

	private static final Pattern PHONE = Pattern.compile("[0-9０-９()（）\\- ]{3,40}");

	static final int MAX_DUTIES = 2000;

	private final ServiceWindows windows;

	private final Catalog catalog;

	private final BlobStore blobs;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	WindowAdministration(ServiceWindows windows, Catalog catalog, BlobStore blobs, Clock clock,
			ApplicationEventPublisher events) {
		this.windows = windows;
		this.catalog = catalog;
		this.blobs = blobs;
		this.clock = clock;
		this.events = events;
	}

	/** What the window form sends. */
	record WindowForm(String code, String name, String location, String unitCode, String phone, String duties,
			List<String> itemCodes, String sortOrder) {

		static WindowForm of(ServiceWindow w) {
			return new WindowForm(w.code(), w.name(), w.location(), w.unitCode(), w.phone(), w.duties(), w.itemCodes(),
					String.valueOf(w.sortOrder()));
		}

		static WindowForm empty() {
			return new WindowForm("", "", "", "", "", "", List.of(), "0");
		}

	}

	@Transactional
	ServiceWindow save(WindowForm form, boolean creating, String actor) {
		List<FieldError> errors = new ArrayList<>();
		String code = trim(form.code());
		if (!CODE.matcher(code).matches()) {
			errors.add(new FieldError("code", "窗口编码只能由字母、数字和连字符组成，不超过40个字符"));
		}
		else if (creating && this.windows.exists(code)) {
			errors.add(new FieldError("code", "窗口编码“" + code + "”已被使用"));
		}
		else if (!creating && !this.windows.exists(code)) {
			throw new NotFound("未找到编码为“" + code + "”的窗口");
		}
		String name = required(errors, "name", form.name(), "窗口名称", 100);
		String location = required(errors, "location", form.location(), "窗口位置", 200);
		String unit = trim(form.unitCode());
		if (unit.isEmpty() || this.catalog.unit(unit).isEmpty()) {
			errors.add(new FieldError("unitCode", "请选择进驻的内设机构"));
		}
		String phone = trim(form.phone());
		if (!phone.isEmpty() && !PHONE.matcher(phone).matches()) {
			errors.add(new FieldError("phone", "咨询电话只能包含数字、括号和连字符，例如 0746-4700001"));
		}
		String duties = trim(form.duties());
		if (duties.length() > MAX_DUTIES) {
			errors.add(new FieldError("duties", "岗位职责不能超过" + MAX_DUTIES + "个字"));
		}
		LinkedHashSet<String> items = new LinkedHashSet<>();
		for (String item : form.itemCodes() == null ? List.<String>of() : form.itemCodes()) {
			String c = trim(item);
			if (c.isEmpty()) {
				continue;
			}
			if (this.catalog.item(c).isEmpty()) {
				errors.add(new FieldError("itemCodes", "权责事项“" + c + "”不存在或已废止"));
			}
			items.add(c);
		}
		int sort = 0;
		try {
			sort = trim(form.sortOrder()).isEmpty() ? 0 : Integer.parseInt(trim(form.sortOrder()));
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError("sortOrder", "排序应为整数"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		ServiceWindow window = new ServiceWindow(code, name, location, unit, phone, duties, List.copyOf(items), sort);
		Instant now = this.clock.instant();
		this.windows.save(window, actor, now);
		this.events.publishEvent(new WindowChanged.WindowSaved(code, creating, name, location, unit, phone,
				window.itemCodes(), sort, actor, now));
		return window;
	}

	@Transactional
	WindowStaff assign(String windowCode, String officerId, String post, boolean onDuty, String sortOrder,
			String actor) {
		ServiceWindow window = window(windowCode);
		List<FieldError> errors = new ArrayList<>();
		String officer = trim(officerId);
		if (officer.isEmpty() || this.catalog.officer(officer).isEmpty()) {
			errors.add(new FieldError("officerId", "请选择在册的行政执法人员"));
		}
		String shownPost = required(errors, "post", post, "公示岗位", 100);
		int sort = 0;
		try {
			sort = trim(sortOrder).isEmpty() ? 0 : Integer.parseInt(trim(sortOrder));
		}
		catch (NumberFormatException ex) {
			errors.add(new FieldError("sortOrder", "排序应为整数"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		WindowStaff staff = new WindowStaff(window.code(), officer, shownPost, onDuty, sort, null, null);
		this.windows.saveStaff(staff);
		this.events.publishEvent(new WindowChanged.WindowStaffAssigned(window.code(), officer, shownPost, onDuty, sort,
				actor, this.clock.instant()));
		return staff;
	}

	@Transactional
	void remove(String windowCode, String officerId, String actor) {
		ServiceWindow window = window(windowCode);
		if (this.windows.staff(window.code(), officerId).isEmpty()) {
			throw new NotFound("该人员未在此窗口");
		}
		this.windows.removeStaff(window.code(), officerId);
		this.events
			.publishEvent(new WindowChanged.WindowStaffRemoved(window.code(), officerId, actor, this.clock.instant()));
	}

	/**
	 * Stores a staff photo: JPEG or PNG by its magic bytes, at most 2 MB; anything else
	 * is refused before it is stored.
	 */
	@Transactional
	void photo(String windowCode, String officerId, byte[] content, String actor) {
		ServiceWindow window = window(windowCode);
		if (this.windows.staff(window.code(), officerId).isEmpty()) {
			throw new NotFound("该人员未在此窗口");
		}
		StaffPhotos.refusal(content).ifPresent(message -> {
			throw InputRejected.unprocessable("photo", message);
		});
		String type = StaffPhotos.typeOf(content).orElseThrow();
		try {
			BlobStore.Blob blob = this.blobs.put(new ByteArrayInputStream(content));
			this.windows.setPhoto(window.code(), officerId, blob.key(), type);
			this.events.publishEvent(new WindowChanged.WindowStaffPhotoUploaded(window.code(), officerId, blob.sha256(),
					type, blob.size(), actor, this.clock.instant()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private ServiceWindow window(String code) {
		return this.windows.find(code).orElseThrow(() -> new NotFound("未找到编码为“" + code + "”的窗口"));
	}

	private static String required(List<FieldError> errors, String field, String value, String label, int max) {
		String v = trim(value);
		if (v.isEmpty()) {
			errors.add(new FieldError(field, "请填写" + label));
		}
		else if (v.length() > max) {
			errors.add(new FieldError(field, label + "不能超过" + max + "个字"));
		}
		return v;
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}

}
