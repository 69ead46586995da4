/** Profiles for Node entries: the core's loader, reading templates/profiles/<id>/ from disk through the Node resources. */
import './resources.js';

export { DEFAULT_PROFILE, loadProfile, profileIds } from '../core/profiles.js';
