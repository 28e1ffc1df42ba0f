exports.path = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
