/** Encryption of the most sensitive fields under a key set kept outside the database. */
package org.huquq.shared.crypto;
