package org.sanxiang.disclosure.window;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 发展改革窗口 of the Xintian 政务服务中心 as demo data, made once into a demo installation
 * (never in production, {@link Installation#demo()} false), after the catalog's demo data
 * whose unit, officers and items it names. The photos are drawn placeholders; location
 * and phone are fictional.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 150)
class WindowDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(WindowDemoData.class);

	static final String CODE = "FGW-01";

	private final Installation installation;

	private final Catalog catalog;

	private final ServiceWindows windows;

	private final WindowAdministration administration;

	private final TransactionTemplate transaction;

	WindowDemoData(Installation installation, Catalog catalog, ServiceWindows windows,
			WindowAdministration administration, TransactionTemplate transaction) {
		this.installation = installation;
		this.catalog = catalog;
		this.windows = windows;
		this.administration = administration;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo() || !this.windows.all().isEmpty() || this.catalog.unit("ZWFW").isEmpty()
				|| this.catalog.officer("O-003").isEmpty() || this.catalog.officer("O-004").isEmpty()) {
			return;
		}
		List<String> items = List.of("XK-001", "XK-002", "XK-003", "XK-004")
			.stream()
			.filter(c -> this.catalog.item(c).isPresent())
			.toList();
		this.transaction.executeWithoutResult(status -> {
			this.administration.save(
					new WindowAdministration.WindowForm(CODE, "县政务服务中心 发展改革窗口", "新田县政务服务中心二楼 12号窗口（示例）", "ZWFW",
							"0746-4700001",
							"负责发展改革领域行政许可事项的咨询、收件、受理和送达：一次性告知需补正的全部材料，出具申请材料接收凭证，" + "按承诺时限办结并送达；不收取任何费用。", items, "1"),
					true, "system");
			this.administration.assign(CODE, "O-003", "首席窗口代表", true, "1", "system");
			this.administration.assign(CODE, "O-004", "窗口受理员", true, "2", "system");
			this.administration.photo(CODE, "O-003", PlaceholderPhotos.png("O-003"), "system");
			this.administration.photo(CODE, "O-004", PlaceholderPhotos.png("O-004"), "system");
		});
		log.info("已载入演示数据：岗位信息公示牌（{}）", CODE);
	}

}
