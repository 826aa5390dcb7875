/**
 * 行政检查 with 双随机、一公开 — random inspections whose draw anyone can check: targets and
 * inspectors are drawn from a seed fixed by public inputs before the draw
 * ({@link org.sanxiang.inspection.RandomDraw}), with conflicts of interest (回避) excluded
 * and recorded.
 */
package org.sanxiang.inspection;
