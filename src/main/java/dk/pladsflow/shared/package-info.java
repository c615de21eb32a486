/**
 * What every feature shares: the clock, the error pages, the layout's model, the embedded
 * default database.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dk.pladsflow.shared;
