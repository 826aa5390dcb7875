/**
 * 事前公示 master data: the agency (执法主体), its units (内设机构), certified officers
 * (行政执法人员 and their 行政执法证), powers and items (权责事项) with legal basis, procedure,
 * time limits, fees and materials, the random-inspection list (随机抽查事项清单) and supervision
 * methods. Every change is a new version with an effective date and a reason; anything that starts
 * later (a case) asks for the version in force on its date.
 */
package org.sanxiang.catalog;
