package org.sanxiang.identity;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanxiang.platform.Installation;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * One line at start-up that tells a newcomer where to go and, in a demo, how to sign in.
 */
@Component
class StartupAnnouncement {

	private static final Logger log = LoggerFactory.getLogger(StartupAnnouncement.class);

	private final Installation installation;

	StartupAnnouncement(Installation installation) {
		this.installation = installation;
	}

	@EventListener
	void on(ApplicationReadyEvent ready) {
		if (!(ready.getApplicationContext() instanceof WebServerApplicationContext web)) {
			return;
		}
		log.info(line(web.getWebServer().getPort(), this.installation.demo()));
	}

	static String line(int port, boolean demo) {
		String line = "三项制度执法平台已启动 http://localhost:" + port + "  公示网站 /  工作台 /console";
		if (demo) {
			line += "  演示账号 " + StaffBootstrap.DEMO_USERS.stream()
				.map(StaffAdministration.NewStaff::username)
				.collect(Collectors.joining(", ")) + "（密码均为 " + StaffBootstrap.DEMO_PASSWORD + "）";
		}
		return line;
	}

}
