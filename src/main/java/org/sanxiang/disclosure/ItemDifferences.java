package org.sanxiang.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.sanxiang.catalog.Item;

/**
 * Which published parts of an item differ between two versions, named as the public reads
 * them — enough for the change history to say "执法依据、法定时限" without a full text diff.
 */
final class ItemDifferences {

	private record Part(String label, Function<Item, Object> value) {
	}

	private static final List<Part> PARTS = List.of(new Part("事项名称", Item::name),
			new Part("职权类别", i -> i.category() + "/" + i.subcategory()), new Part("执法依据", Item::legalBases),
			new Part("承办机构", Item::unitCode), new Part("办理条件", Item::conditions),
			new Part("办理流程", Item::procedureSteps), new Part("法定时限", Item::statutoryLimit),
			new Part("承诺时限", Item::promisedLimit), new Part("收费", Item::fee), new Part("申请材料", Item::materials),
			new Part("重大执法决定法制审核", Item::majorDecision), new Part("音像记录", Item::mediaRecordRequired),
			new Part("随机抽查", i -> List.of(i.randomInspection(), String.valueOf(i.inspectionSubjects()),
					String.valueOf(i.inspectionMethod()))));

	private ItemDifferences() {
	}

	/**
	 * Labels of the parts that changed from {@code older} to {@code newer}, in reading
	 * order.
	 */
	static List<String> between(Item older, Item newer) {
		List<String> changed = new ArrayList<>();
		for (Part part : PARTS) {
			if (!Objects.equals(part.value().apply(older), part.value().apply(newer))) {
				changed.add(part.label());
			}
		}
		return changed;
	}

}
