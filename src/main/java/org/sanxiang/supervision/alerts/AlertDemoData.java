package org.sanxiang.supervision.alerts;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanxiang.platform.Installation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo e-mail addresses (fictional, 示例) for the demo accounts, made once into a demo
 * installation after the other demo data: 负责人 and 督查 subscribe to the daily digest, a
 * case officer gave an address without subscribing. The alerts themselves need no demo
 * data: they follow from the demo cases, publications, certificates and reviews (the
 * demo's open cases are past their decision due days on any later date), and the default
 * run has no SMTP server, so nothing is sent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 800)
class AlertDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AlertDemoData.class);

	static final String ACTOR = "system";

	private final Installation installation;

	private final Notifications notifications;

	private final Subscriptions subscriptions;

	AlertDemoData(Installation installation, Notifications notifications, Subscriptions subscriptions) {
		this.installation = installation;
		this.notifications = notifications;
		this.subscriptions = subscriptions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.installation.demo() || !this.subscriptions.all().isEmpty()) {
			return;
		}
		for (String account : List.of("director", "supervisor")) {
			this.notifications.subscribe(account, account + "@example.org", true, ACTOR);
		}
		this.notifications.subscribe("officer1", "officer1@example.org", false, ACTOR);
		log.info("已载入演示数据：提醒邮件订阅（director、supervisor 订阅每日提醒邮件，未配置邮件服务器时不发送）");
	}

}
