package org.sanxiang.catalog;

import java.util.List;

/**
 * 权责事项 — a power the agency holds and the item the public applies for or is subject to.
 *
 * @param code 事项编码, the key
 * @param category 许可/处罚/强制/检查/其他
 * @param subcategory for licensing the 许可类别 (普通/特许/认可/核准/登记/其他), else free
 * @param legalBases law + article + quoted text, at least one
 * @param unitCode responsible unit (承办机构)
 * @param conditions 许可条件 / 实施条件
 * @param procedureSteps 办理流程, in order
 * @param statutoryLimit 法定时限
 * @param promisedLimit 承诺时限 (≤ statutory)
 * @param majorDecision 列入重大执法决定法制审核目录
 * @param mediaRecordRequired 需音像记录
 * @param randomInspection 列入随机抽查事项清单
 * @param inspectionSubjects for the random-inspection list: 抽查对象
 * @param inspectionMethod for the random-inspection list: 抽查方式
 */
public record Item(String code, String agencyCode, String name, PowerCategory category, String subcategory,
		List<LegalBasis> legalBases, String unitCode, String conditions, List<String> procedureSteps,
		TimeLimit statutoryLimit, TimeLimit promisedLimit, Fee fee, List<Material> materials, boolean majorDecision,
		boolean mediaRecordRequired, boolean randomInspection, String inspectionSubjects,
		String inspectionMethod) implements CatalogEntry {

	public Item {
		legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
		procedureSteps = procedureSteps == null ? List.of() : List.copyOf(procedureSteps);
		materials = materials == null ? List.of() : List.copyOf(materials);
	}

	@Override
	public String key() {
		return this.code;
	}

	@Override
	public String displayName() {
		return this.name;
	}

}
