package org.sanxiang.platform;

import java.util.Collection;
import java.util.Set;

/**
 * Which files of the shared {@link BlobStore} one module's records name. Every module
 * that keeps store keys in its tables provides one, so that the start-up clean-up (a file
 * is stored before the row naming it commits, so a killed process can leave a file no row
 * names) removes only files that no module names.
 */
public interface BlobReferences {

	/** Of {@code keys}, those this module's records name. */
	Set<String> named(Collection<String> keys);

}
