package org.sanxiang.catalog.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.sanxiang.catalog.Agency;
import org.sanxiang.catalog.CatalogEntry;
import org.sanxiang.catalog.Certificate;
import org.sanxiang.catalog.DiscretionBenchmark;
import org.sanxiang.catalog.Item;
import org.sanxiang.catalog.LegalBasis;
import org.sanxiang.catalog.MajorCondition;
import org.sanxiang.catalog.Material;
import org.sanxiang.catalog.Officer;
import org.sanxiang.catalog.SupervisionMethod;
import org.sanxiang.catalog.TimeLimit;
import org.sanxiang.catalog.Unit;

/**
 * The content of one version as labelled lines, so that every kind's history reads alike.
 * Values are plain text; the page renders them escaped.
 */
final class EntryFacts {

	/** One labelled fact; several values are shown one per line. */
	record Fact(String label, List<String> values) {
	}

	private final List<Fact> facts = new ArrayList<>();

	private final Function<String, String> unitName;

	private EntryFacts(Function<String, String> unitName) {
		this.unitName = unitName;
	}

	static List<Fact> of(CatalogEntry entry, Function<String, String> unitName) {
		EntryFacts f = new EntryFacts(unitName);
		if (entry instanceof Agency a) {
			f.add("名称", a.name())
				.add("统一社会信用代码", a.creditCode())
				.add("发文机关代字", a.documentPrefix())
				.add("地址", a.address())
				.add("电话", a.phone())
				.add("网站", a.website())
				.add("监督电话", a.supervisionPhone())
				.add("投诉地址", a.complaintAddress())
				.add("投诉邮箱", a.complaintEmail())
				.add("机构职能", a.overview());
		}
		else if (entry instanceof Unit u) {
			f.add("编码", u.code())
				.add("名称", u.name())
				.add("主要职责", u.duties())
				.add("电话", u.phone())
				.add("排序", String.valueOf(u.sortOrder()));
		}
		else if (entry instanceof Officer o) {
			f.add("姓名", o.name()).add("编号", o.id()).add("所在机构", f.unit(o.unitCode())).add("职务/岗位", o.post());
			Certificate c = o.certificate();
			if (c != null) {
				f.add("执法证号", c.number())
					.add("发证机关", c.issuer())
					.add("有效期", Objects.toString(c.validFrom(), "") + " 至 " + Objects.toString(c.validTo(), ""))
					.add("证件状态", c.status() == null ? null : c.status().label());
			}
			f.addAll("执法区域/类别", o.areas()).add("登录账号", o.account()).add("示例数据", o.example() ? "是" : "否");
		}
		else if (entry instanceof Item i) {
			f.add("事项编码", i.code())
				.add("事项名称", i.name())
				.add("职权类别", i.category() == null ? null : i.category().label())
				.add("子类别", i.subcategory())
				.add("承办机构", f.unit(i.unitCode()))
				.add("条件", i.conditions())
				.addAll("执法依据", i.legalBases().stream().map(EntryFacts::basis).toList())
				.addAll("办理流程", numbered(i.procedureSteps()))
				.add("法定时限", limit(i.statutoryLimit()))
				.add("承诺时限", limit(i.promisedLimit()));
			if (i.fee() != null) {
				f.add("收费", i.fee().charged() ? "收费" : "不收费")
					.add("收费标准", i.fee().standard())
					.add("收费依据", i.fee().basis());
			}
			f.addAll("申请材料", i.materials().stream().map(EntryFacts::material).toList())
				.add("重大执法决定", yes(i.majorDecision()))
				.add("需音像记录", yes(i.mediaRecordRequired()))
				.add("列入随机抽查事项清单", yes(i.randomInspection()))
				.add("抽查对象", i.inspectionSubjects())
				.add("抽查方式", i.inspectionMethod());
		}
		else if (entry instanceof SupervisionMethod m) {
			f.add("编码", m.code())
				.add("名称", m.name())
				.add("说明", m.description())
				.add("渠道", m.channel())
				.add("排序", String.valueOf(m.sortOrder()));
		}
		else if (entry instanceof MajorCondition c) {
			f.add("编码", c.code())
				.add("情形类别", c.kind() == null ? null : c.kind().label())
				.add("名称", c.name())
				.add("依据", c.basis())
				.add("须集体讨论", yes(c.collectiveDiscussion()))
				.add("启用", yes(c.enabled()))
				.add("排序", String.valueOf(c.position()));
		}
		else if (entry instanceof DiscretionBenchmark b) {
			f.add("编码", b.code())
				.add("事项编码", b.itemCode())
				.add("情形", b.circumstance())
				.add("裁量标准", b.standard())
				.add("裁量幅度", range(b))
				.add("依据", b.basis())
				.add("排序", String.valueOf(b.position()));
		}
		return List.copyOf(f.facts);
	}

	private EntryFacts add(String label, String value) {
		this.facts.add(new Fact(label, value == null || value.isBlank() ? List.of() : List.of(value)));
		return this;
	}

	private EntryFacts addAll(String label, List<String> values) {
		this.facts.add(new Fact(label, values == null ? List.of() : values));
		return this;
	}

	private String unit(String code) {
		if (code == null) {
			return null;
		}
		String name = this.unitName.apply(code);
		return name == null ? code : name + "（" + code + "）";
	}

	private static String basis(LegalBasis b) {
		return String.join(" ", nonNull(b.law(), b.article())) + (b.text() == null ? "" : "：" + b.text());
	}

	private static String material(Material m) {
		String line = Objects.toString(m.name(), "") + "（" + (m.required() ? "必要" : "非必要")
				+ (m.form() == null ? "" : "，" + m.form()) + "，" + m.copies() + " 份）";
		if (m.note() != null) {
			line += " " + m.note();
		}
		if (m.sampleFileId() != null) {
			line += " ［有示范文本］";
		}
		return line;
	}

	private static String limit(TimeLimit limit) {
		return limit == null || limit.unit() == null ? null : limit.amount() + " 个" + limit.unit().label();
	}

	private static String range(DiscretionBenchmark b) {
		if (!b.ranged()) {
			return null;
		}
		String unit = b.unit() == null ? "" : b.unit();
		return (b.minimum() == null ? "" : b.minimum().toPlainString() + unit) + " 至 "
				+ (b.maximum() == null ? "" : b.maximum().toPlainString() + unit);
	}

	private static String yes(boolean flag) {
		return flag ? "是" : "否";
	}

	private static List<String> numbered(List<String> steps) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			lines.add((i + 1) + ". " + steps.get(i));
		}
		return lines;
	}

	private static List<String> nonNull(String... values) {
		List<String> list = new ArrayList<>();
		for (String v : values) {
			if (v != null) {
				list.add(v);
			}
		}
		return list;
	}

}
