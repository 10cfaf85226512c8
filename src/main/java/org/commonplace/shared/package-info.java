/** Building blocks every feature shares: the base entity, the clock, business exceptions, paging and configuration. */
package org.commonplace.shared;
