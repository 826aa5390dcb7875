package org.sanxiang.catalog;

/** A time limit such as 20 工作日. */
public record TimeLimit(int amount, DayUnit unit) {

	@Override
	public String toString() {
		return this.amount + "个" + this.unit.label();
	}

}
