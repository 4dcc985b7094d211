#pragma once

namespace outfall::app {

// Plugs the real network clients into the app's controllers: SyncController runs
// DeviceSync rounds, EnrolmentController enrols through the sync server. Tests leave them
// out and plug in their own.
void installNetworkClients();

} // namespace outfall::app
