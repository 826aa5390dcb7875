package org.sanxiang.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** 北京时间: statutory periods are counted in the agency's local calendar. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(CHINA);
	}

	@Bean
	Installation installation(Environment env) {
		boolean embedded = !StringUtils.hasText(env.getProperty("spring.datasource.url"));
		boolean demo = env.getProperty("sanxiang.demo.enabled", Boolean.class, embedded);
		return new Installation(embedded, demo);
	}

}
