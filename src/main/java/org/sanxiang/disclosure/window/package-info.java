/**
 * 岗位信息公示牌 (window boards, 事中公示; issue 8 item 5): a public page per service window of the
 * 政务服务中心 — its location, the officers on duty with photo, post and the status of their
 * 行政执法证 today (亮证, GS-2; 持证上岗, ZJ-1), its duties, the items handled there with their
 * sample application texts (行政许可法 第三十条, XK-30), a QR code of the progress lookup, the
 * consultation phone and the complaint channel — as a page, a printable A4 sheet and a
 * large-screen view. 管理员 keep the windows and their staff in the console.
 */
package org.sanxiang.disclosure.window;
