package org.sanxiang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * 三项制度执法平台 — 行政执法公示、执法全过程记录、重大执法决定法制审核。
 */
@SpringBootApplication
@EnableScheduling
public class SanxiangApplication {

	public static void main(String[] args) {
		SpringApplication.run(SanxiangApplication.class, args);
	}

}
