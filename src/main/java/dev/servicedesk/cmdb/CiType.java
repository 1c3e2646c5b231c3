package dev.servicedesk.cmdb;

/** What kind of thing a configuration item is; each type has the attribute schema the admin keeps. */
public enum CiType {
    SERVER,
    WORKSTATION,
    LAPTOP,
    MOBILE_DEVICE,
    PRINTER,
    NETWORK_DEVICE,
    STORAGE,
    SOFTWARE,
    APPLICATION,
    DATABASE,
    SERVICE,
    OTHER
}
