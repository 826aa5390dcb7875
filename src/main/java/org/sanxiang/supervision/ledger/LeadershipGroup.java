package org.sanxiang.supervision.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sanxiang.catalog.Catalog;
import org.sanxiang.platform.InputRejected;
import org.sanxiang.platform.InputRejected.FieldError;
import org.sanxiang.platform.NotFound;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's 行政执法工作领导小组: 组长, 副组长 and 成员 from the units, and its office (办公室) in a unit
 * with a phone, which keeps the ledger day to day. Each change is journaled.
 */
@Service
class LeadershipGroup {

	/** A member of the group. */
	record Member(long id, GroupRole role, String name, String post, String unitCode, String account) {
	}

	/** The group's office. */
	record Office(String unitCode, String phone, String duties) {
	}

	/** A member as typed on the form. */
	record MemberForm(String role, String name, String post, String unitCode, String account) {
	}

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LeadershipGroup(JdbcClient jdbc, Catalog catalog, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Member> members() {
		return this.jdbc.sql("""
				select * from supervision_group_member
				order by case group_role when 'LEADER' then 0 when 'DEPUTY' then 1 else 2 end, position, id""")
			.query((rs, n) -> new Member(rs.getLong("id"), GroupRole.valueOf(rs.getString("group_role")),
					rs.getString("name"), rs.getString("post"), rs.getString("unit_code"), rs.getString("account")))
			.list();
	}

	@Transactional(readOnly = true)
	Optional<Office> office() {
		return this.jdbc.sql("select * from supervision_group_office where id = 1")
			.query((rs, n) -> new Office(rs.getString("unit_code"), rs.getString("phone"), rs.getString("duties")))
			.optional();
	}

	@Transactional
	long add(MemberForm form, String actor) {
		List<FieldError> errors = new ArrayList<>();
		GroupRole role = GroupRole.parse(form.role());
		if (role == null) {
			errors.add(new FieldError("role", "请选择在领导小组中的职务"));
		}
		String name = trim(form.name());
		if (name.isEmpty() || name.length() > 50) {
			errors.add(new FieldError("name", "请填写姓名（不超过50个字）"));
		}
		String post = trim(form.post());
		if (post.isEmpty() || post.length() > 100) {
			errors.add(new FieldError("post", "请填写职务（不超过100个字）"));
		}
		String unit = trim(form.unitCode());
		if (this.catalog.unit(unit).isEmpty()) {
			errors.add(new FieldError("unitCode", unit.isEmpty() ? "请选择所在单位" : "没有该单位：" + unit));
		}
		String account = trim(form.account());
		if (account.length() > 100) {
			errors.add(new FieldError("account", "账号不能超过100个字符"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		int position = this.jdbc.sql("select coalesce(max(position), 0) + 1 from supervision_group_member")
			.query(Integer.class)
			.single();
		long id = this.jdbc.sql("""
				insert into supervision_group_member (group_role, name, post, unit_code, account, position)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(role.name(), name, post, unit, account.isEmpty() ? null : account, position)
			.query(Long.class)
			.single();
		publish("MEMBER_ADDED", role.label() + " " + name, actor);
		return id;
	}

	@Transactional
	void remove(long id, String actor) {
		Member member = members().stream()
			.filter(m -> m.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("没有找到该领导小组成员"));
		this.jdbc.sql("delete from supervision_group_member where id = ?").param(id).update();
		publish("MEMBER_REMOVED", member.role().label() + " " + member.name(), actor);
	}

	@Transactional
	void saveOffice(String unitCode, String phone, String duties, String actor) {
		List<FieldError> errors = new ArrayList<>();
		String unit = trim(unitCode);
		if (this.catalog.unit(unit).isEmpty()) {
			errors.add(new FieldError("unitCode", unit.isEmpty() ? "请选择办公室所在单位" : "没有该单位：" + unit));
		}
		String tel = trim(phone);
		if (tel.isEmpty() || tel.length() > 40) {
			errors.add(new FieldError("phone", "请填写办公室电话（不超过40个字符）"));
		}
		String text = trim(duties);
		if (text.length() > 2000) {
			errors.add(new FieldError("duties", "职责不能超过2000个字"));
		}
		if (!errors.isEmpty()) {
			throw new InputRejected(InputRejected.Kind.UNPROCESSABLE, errors);
		}
		this.jdbc.sql("""
				insert into supervision_group_office (id, unit_code, phone, duties) values (1, ?, ?, ?)
				on conflict (id) do update set unit_code = excluded.unit_code, phone = excluded.phone,
				  duties = excluded.duties""").params(unit, tel, text).update();
		publish("OFFICE_CHANGED", unit, actor);
	}

	private void publish(String change, String subject, String actor) {
		Instant now = this.clock.instant();
		this.events.publishEvent(new LeadershipGroupChanged(change, subject, actor, now));
	}

	private static String trim(String value) {
		return value == null ? "" : value.strip();
	}

}
