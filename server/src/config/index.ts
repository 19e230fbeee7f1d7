export { CONFIG_FILE_NAME, findConfigFile, loadConfig, loadConfigForFile, type LoadedConfig } from './load';
