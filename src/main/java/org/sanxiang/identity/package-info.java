/**
 * Staff identity: users, their roles (窗口人员, 执法人员, 法制审核人员, 负责人, 督查, 管理员) and
 * units, form login, lockout after repeated failures, idle timeout, and a record of every login,
 * logout and failed attempt.
 */
package org.sanxiang.identity;
