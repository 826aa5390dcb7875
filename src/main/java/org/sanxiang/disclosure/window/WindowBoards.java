package org.sanxiang.disclosure.window;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.sanxiang.platform.PublicAddresses;
import org.sanxiang.catalog.Catalog;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.Material;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.SupervisionMethod;
import org.sanxiang.catalog.Unit;
import org.sanxiang.platform.NotFound;
import org.sanxiang.platform.QrCodes;

import org.springframework.stereotype.Component;

/**
 * Puts a window's board together from the window, its staff and the catalog in force
 * today: certificate status is computed with the injected clock, so an expired or revoked
 * certificate shows as such without anyone editing the board (持证上岗, ZJ-1).
 */
@Component
class WindowBoards {

	static final int QR_SIZE = 240;

	/** Where the public looks up an application's progress (casework's 办件查询). */
	static final String PROGRESS_PATH = "/progress";

	static final String COMPLAINT_PATH = "/complaints/new";

	private final ServiceWindows windows;

	private final Catalog catalog;

	private final Clock clock;

	private final PublicAddresses addresses;

	WindowBoards(ServiceWindows windows, Catalog catalog, Clock clock, PublicAddresses addresses) {
		this.windows = windows;
		this.catalog = catalog;
		this.clock = clock;
		this.addresses = addresses;
	}

	/** A window on the list: where it is and who staffs it. */
	record WindowRow(ServiceWindow window, String unitName, int onDuty) {
	}

	/** An officer on duty as the board shows them. */
	record StaffRow(String officerId, String name, String post, String certificateNo, CertificateBadge badge,
			boolean photo, boolean example) {
	}

	/** A sample application text of an item. */
	record SampleRow(String material, String id) {
	}

	/** An item handled at the window with its sample texts. */
	record ItemRow(String code, String name, List<SampleRow> samples) {
	}

	/** A complaint or supervision channel. */
	record Channel(String name, String value) {
	}

	/** Everything a board shows. */
	record Board(ServiceWindow window, String unitName, List<StaffRow> staff, List<ItemRow> items, String progressUrl,
			String progressQr, String complaintPath, Optional<Channel> supervisionPhone, LocalDate today) {
	}

	List<WindowRow> list() {
		return this.windows.all()
			.stream()
			.map(w -> new WindowRow(w, unitName(w.unitCode()),
					(int) this.windows.staff(w.code()).stream().filter(WindowStaff::onDuty).count()))
			.toList();
	}

	Board board(String code) {
		ServiceWindow window = this.windows.find(code).orElseThrow(() -> new NotFound("未找到编码为“" + code + "”的服务窗口"));
		LocalDate today = LocalDate.now(this.clock);
		List<StaffRow> staff = new ArrayList<>();
		for (WindowStaff s : this.windows.staff(window.code())) {
			if (!s.onDuty()) {
				continue;
			}
			Optional<Officer> officer = this.catalog.officer(s.officerId());
			if (officer.isEmpty()) {
				// the officer left the catalog (调离/退休): not shown as on duty here
				continue;
			}
			Officer o = officer.get();
			staff.add(new StaffRow(o.id(), o.name(), s.post(), o.certificate() == null ? "" : o.certificate().number(),
					CertificateBadge.of(o.certificate(), today), s.hasPhoto(), o.example()));
		}
		List<ItemRow> items = new ArrayList<>();
		for (String itemCode : window.itemCodes()) {
			this.catalog.item(itemCode).ifPresent(item -> items.add(itemRow(item)));
		}
		String progressUrl = absolute(PROGRESS_PATH);
		String qr = "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(progressUrl, QR_SIZE));
		return new Board(window, unitName(window.unitCode()), staff, items, progressUrl, qr, COMPLAINT_PATH,
				supervisionPhone(), today);
	}

	/**
	 * The supervision phone from the catalog's 监督方式: the first channel that is a number.
	 */
	private Optional<Channel> supervisionPhone() {
		return this.catalog.supervisionMethods()
			.stream()
			.filter(m -> m.channel() != null && !m.channel().isBlank() && Character.isDigit(m.channel().charAt(0)))
			.findFirst()
			.map((SupervisionMethod m) -> new Channel(m.name(), m.channel()));
	}

	private static ItemRow itemRow(Item item) {
		List<SampleRow> samples = new ArrayList<>();
		for (Material m : item.materials() == null ? List.<Material>of() : item.materials()) {
			if (m.sampleFileId() != null) {
				samples.add(new SampleRow(m.name(), m.sampleFileId()));
			}
		}
		return new ItemRow(item.code(), item.name(), samples);
	}

	private String unitName(String unitCode) {
		return this.catalog.unit(unitCode).map(Unit::name).orElse(unitCode);
	}

	/**
	 * Absolute address: from {@code sanxiang.public-base-url} when set (a printed board
	 * must not depend on how the request reached the server), else from the request.
	 */
	private String absolute(String path) {
		return this.addresses.base().path(path).encode().toUriString();
	}

}
