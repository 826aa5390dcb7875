package org.sanxiang.identity;

import java.util.List;
import java.util.Optional;

/**
 * Who the staff are, for modules that assign work to a role or check who may do it (the
 * legal review assigns a 法制审核人员 and checks who chairs a collective discussion). Read
 * only; accounts are changed on the user administration page.
 */
public interface StaffDirectory {

	/** The enabled accounts holding {@code role}, by user name. */
	List<StaffMember> holding(Role role);

	/** The account with this user name (any case), enabled or not. */
	Optional<StaffMember> find(String username);

}
