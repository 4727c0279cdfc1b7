# raise ... from ...: "The above exception was the direct cause of the following exception".
class ConfigError(Exception):
    pass


def read(config, key):
    try:
        return config[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key}") from e


read({}, "port")
